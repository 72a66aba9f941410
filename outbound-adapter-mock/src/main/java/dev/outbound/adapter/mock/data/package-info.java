/**
 * The simulator's data: reading a JSON data file (campaigns, fields, chains, Do Not Call entries, scripted events)
 * with the simulator's own small JSON reader, and generating realistic records from a seed.
 */
package dev.outbound.adapter.mock.data;
