/**
 * Internal, not API: diffs between two component trees in their wire form.
 */
package io.mesopj.internal.runtime.tree;
