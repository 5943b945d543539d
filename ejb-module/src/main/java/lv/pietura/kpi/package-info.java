/**
 * Performance indicators: figures built from the recorded service cases and their events by nightly
 * Jakarta Batch jobs; nothing here is typed by a user, and no other area calls it.
 */
package lv.pietura.kpi;
