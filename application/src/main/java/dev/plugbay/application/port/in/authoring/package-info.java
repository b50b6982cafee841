/** Use cases of authors: create, update, delete and validate a plugin. */
package dev.plugbay.application.port.in.authoring;
