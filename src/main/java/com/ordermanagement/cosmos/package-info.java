/**
 * What every Cosmos DB adapter shares, whatever its feature: how timestamps are written to and read from the one container the service and the Python service share.
 */
package com.ordermanagement.cosmos;
