/**
 * Generated demo orders for the embedded store ({@code DEMO_ORDERS}), the same every time for the same seed.
 */
package com.ordermanagement.demo;
