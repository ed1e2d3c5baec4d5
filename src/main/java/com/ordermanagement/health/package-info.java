/**
 * Service information and health on the Python service's paths and in its shapes, answered from Actuator's health groups.
 */
package com.ordermanagement.health;
