/**
 * What every Cosmos DB adapter shares, whatever its feature: how timestamps are written to and read from the one container the service and the Python service share, and how Cosmos DB's answers become the service's store failures.
 */
package com.ordermanagement.cosmos;
