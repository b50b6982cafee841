/** What the installation use cases need stored: users' installations. */
package dev.plugbay.application.port.out.installation;
