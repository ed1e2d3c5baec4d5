/**
 * Console logging: {@code LOG_FORMAT} (JSON or text lines), the message converter that neutralises control characters, and the batched console writer. Knows no feature.
 */
package com.ordermanagement.logging;
