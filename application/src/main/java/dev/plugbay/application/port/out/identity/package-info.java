/**
 * Who a caller is beyond their token: the profile an existing backend keeps for the token's user
 * (their author name and avatar), for deployments whose tokens do not carry them.
 */
package dev.plugbay.application.port.out.identity;
