/** A small property-testing harness: seeded generators and a runner whose failures say how to replay them. */
package dev.plugbay.domain.testing.property;
