package io.mesopj.api;

import com.google.protobuf.ByteString;
import io.mesopj.protocol.components.AudioProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/** An audio player (Mesop's {@code me.audio}) for a URL or for bytes the app has; controls are shown. */
public final class Audio extends Component<Audio> {
  private final AudioProps.Builder props;

  private Audio(RenderContext context, Node node, AudioProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static Audio fromUrl(RenderContext context, String src) {
    AudioProps.Builder props = AudioProps.newBuilder().setSrc(Urls.requireMediaUrl(src, "ui.audio(src)"));
    return new Audio(context, Component.add(context, "audio", props), props);
  }

  static Audio fromBytes(RenderContext context, byte[] data, String mimeType) {
    if (data == null) {
      throw new MesopException("ui.audio(bytes, type) needs bytes, got null");
    }
    AudioProps.Builder props = AudioProps.newBuilder().setData(ByteString.copyFrom(data))
        .setMimeType(MediaTypes.require(mimeType, "audio", "ui.audio(bytes, type)"));
    return new Audio(context, Component.add(context, "audio", props), props);
  }

  /** Shows the player's controls (default true, as in Mesop, where they are always shown). */
  public Audio controls(boolean controls) {
    props.setHideControls(!controls);
    return this;
  }

  /**
   * Starts playing at once. Browsers block autoplay with sound until the user has interacted with
   * the page.
   */
  public Audio autoplay(boolean autoplay) {
    props.setAutoplay(autoplay);
    return this;
  }

  public Audio loop(boolean loop) {
    props.setLoop(loop);
    return this;
  }

  public Audio muted(boolean muted) {
    props.setMuted(muted);
    return this;
  }
}
