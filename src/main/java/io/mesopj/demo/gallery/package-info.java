/**
 * The demo's component gallery: one section per group of components, as in Mesop's demo.
 */
package io.mesopj.demo.gallery;
