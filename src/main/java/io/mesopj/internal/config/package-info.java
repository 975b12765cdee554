/**
 * Internal, not API: settings. Each setting's name, default and parser, read once at start-up
 * from system properties, the environment, context parameters and a .env file.
 */
package io.mesopj.internal.config;
