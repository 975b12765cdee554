package io.mesopj.api;

/**
 * One entry of a select's or an autocomplete's option list: an {@link Option} or an
 * {@link OptionGroup} of options.
 */
public sealed interface OptionEntry permits Option, OptionGroup {
}
