/**
 * State files, an adapter at the edge: {@link org.leverage.io.StateReader} reads a policy state (contract §2) from
 * YAML or JSON, strictly and with the line and column of every error; {@link org.leverage.io.StateWriter} writes
 * one back. {@link org.leverage.io.StrictParser} is the located, strict cursor both this package and
 * {@code org.leverage.scenario} read with, within the {@link org.leverage.io.Limits} (1 MiB, 32 levels of
 * nesting, 10,000 characters per key or value) and refusing YAML anchors, aliases and tags: a document is data,
 * never code. Depends on the api, never the other way round; nothing here prints or exits.
 */
package org.leverage.io;
