/** Do Not Call: entries, the list a record is checked against, and the scope of a mark. */
package dev.outbound.domain.dnc;
