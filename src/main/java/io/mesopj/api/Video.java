package io.mesopj.api;

import com.google.protobuf.ByteString;
import io.mesopj.protocol.components.VideoProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/** A video player (Mesop's {@code me.video}) for a URL or for bytes the app has; controls are shown. */
public final class Video extends Component<Video> {
  private final VideoProps.Builder props;

  private Video(RenderContext context, Node node, VideoProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static Video fromUrl(RenderContext context, String src) {
    VideoProps.Builder props = VideoProps.newBuilder().setSrc(Urls.requireMediaUrl(src, "ui.video(src)"));
    return new Video(context, Component.add(context, "video", props), props);
  }

  static Video fromBytes(RenderContext context, byte[] data, String mimeType) {
    if (data == null) {
      throw new MesopException("ui.video(bytes, type) needs bytes, got null");
    }
    VideoProps.Builder props = VideoProps.newBuilder().setData(ByteString.copyFrom(data))
        .setMimeType(MediaTypes.require(mimeType, "video", "ui.video(bytes, type)"));
    return new Video(context, Component.add(context, "video", props), props);
  }

  /** Shows the player's controls (default true). */
  public Video controls(boolean controls) {
    props.setHideControls(!controls);
    return this;
  }

  /** Starts playing at once; browsers only allow this for muted videos unless the user has interacted. */
  public Video autoplay(boolean autoplay) {
    props.setAutoplay(autoplay);
    return this;
  }

  public Video loop(boolean loop) {
    props.setLoop(loop);
    return this;
  }

  public Video muted(boolean muted) {
    props.setMuted(muted);
    return this;
  }

  /** An image shown until the video plays. */
  public Video poster(String url) {
    props.setPoster(url == null ? "" : Urls.requireMediaUrl(url, "video poster"));
    return this;
  }
}
