/**
 * Building blocks every module may use and which know no module: the text and money constraints ({@code validation}), RFC 9457 problem pieces ({@code problem}), the shared store failure ({@code store}) read-write guards ({@code concurrent}) and the exception for a setting that cannot work.
 */
package com.ordermanagement.common;
