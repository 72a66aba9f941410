/** JSON shared by the HTTP adapters: one strict mapper. */
package dev.outbound.adapter.http.json;
