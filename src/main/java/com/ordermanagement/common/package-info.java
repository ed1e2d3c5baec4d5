/**
 * Building blocks every module may use and which know no module: the text and money constraints ({@code validation}), RFC 9457 problem pieces ({@code problem}), the shared store failure ({@code store}) and a read-write guard ({@code concurrent}).
 */
package com.ordermanagement.common;
