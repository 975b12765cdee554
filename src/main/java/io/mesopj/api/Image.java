package io.mesopj.api;

import com.google.protobuf.ByteString;
import io.mesopj.protocol.components.ImageProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/**
 * An image (Mesop's {@code me.image}) from a URL or from bytes the app has (a generated chart,
 * an upload): bytes travel in the component and the browser shows them through a {@code blob:}
 * URL. Size it with {@link #size(int, int)} or {@link #style(Style)}.
 */
public final class Image extends Component<Image> {
  private final ImageProps.Builder props;

  private Image(RenderContext context, Node node, ImageProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static Image fromUrl(RenderContext context, String src) {
    ImageProps.Builder props = ImageProps.newBuilder().setSrc(Urls.requireMediaUrl(src, "ui.image(src)"));
    return new Image(context, Component.add(context, "image", props), props);
  }

  static Image fromBytes(RenderContext context, byte[] data, String mimeType, String what) {
    if (data == null) {
      throw new MesopException(what + " needs bytes, got null");
    }
    ImageProps.Builder props = ImageProps.newBuilder().setData(ByteString.copyFrom(data))
        .setMimeType(MediaTypes.require(mimeType, "image", what));
    return new Image(context, Component.add(context, "image", props), props);
  }

  /** Text that describes the image for screen readers, and shows when it cannot load. */
  public Image alt(String alt) {
    props.setAlt(alt == null ? "" : alt);
    return this;
  }

  /**
   * Display size in CSS pixels (the {@code width} and {@code height} attributes): the space is
   * reserved before the image loads. It still shrinks to fit a narrower container.
   */
  public Image size(int width, int height) {
    if (width < 0 || height < 0) {
      throw new MesopException("Image size must not be negative: " + width + "x" + height);
    }
    props.setWidth(width).setHeight(height);
    return this;
  }
}
