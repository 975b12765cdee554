/**
 * What an application imports: pages ({@link io.mesopj.api.Page}, {@link io.mesopj.api.PageRenderer}),
 * the render API ({@link io.mesopj.api.Ui} and its component factories), styles, typed events and
 * their handlers, and commands to the browser. Nothing here names an internal or wire type;
 * everything else in mesopj is internal and may change between versions.
 */
package io.mesopj.api;
