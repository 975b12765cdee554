package io.mesopj.api;

/** Higher-level and extension components: chat, web components. Part of {@link Ui}. */
public interface LabsComponents extends UiScope {
}
