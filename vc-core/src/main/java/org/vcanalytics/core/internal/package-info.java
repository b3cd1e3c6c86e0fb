/** Implementation details shared by the project's modules; not API. */
package org.vcanalytics.core.internal;
