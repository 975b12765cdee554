/**
 * The demo application shipped in the demo WAR (never in the framework jar): home, counter,
 * form, chat, features and the component gallery.
 */
package io.mesopj.demo;
