package io.mesopj.api;

import io.mesopj.protocol.components.UploaderProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;
import java.util.List;

/**
 * A button that opens the file chooser and sends the chosen files to a handler. Files over
 * MESOPJ_UPLOAD_MAX_BYTES are refused in the browser (with a message next to the button) and
 * again on the server.
 */
public final class Uploader extends Component<Uploader> {
  private final UploaderProps.Builder props;

  private Uploader(RenderContext context, Node node, UploaderProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static Uploader create(RenderContext context, String label, Handler<UploadEvent> onUpload, Runnable content) {
    UploaderProps.Builder props = UploaderProps.newBuilder().setMaxBytes(context.maxUploadBytes());
    if (label != null) {
      props.setLabel(label);
    }
    Node node = Component.add(context, "uploader", props);
    Uploader uploader = new Uploader(context, node, props).onUpload(onUpload);
    if (content != null) {
      context.within(node, content);
    }
    return uploader;
  }

  /** Called with the chosen files. */
  public Uploader onUpload(Handler<UploadEvent> handler) {
    props.setOnUpload(Handlers.id(context, handler, UploadEvent::new));
    return this;
  }

  /**
   * Which files the chooser offers: MIME types ({@code "image/png"}, {@code "image/*"}) or
   * extensions ({@code ".csv"}). Empty: any file.
   */
  public Uploader accept(String... types) {
    return accept(List.of(types));
  }

  /** As {@link #accept(String...)}. */
  public Uploader accept(List<String> types) {
    props.clearAccept().addAllAccept(Choices.values(types));
    return this;
  }

  /** Lets the user choose several files at once. */
  public Uploader multiple(boolean multiple) {
    props.setMultiple(multiple);
    return this;
  }

  public Uploader disabled(boolean disabled) {
    props.setDisabled(disabled);
    return this;
  }

  /** The button's look (text by default). */
  public Uploader type(ButtonType type) {
    props.setKind(type == null ? "" : type.wireName());
    return this;
  }

  public Uploader color(ThemeColor color) {
    props.setColor(color == null ? "" : color.wireName());
    return this;
  }
}
