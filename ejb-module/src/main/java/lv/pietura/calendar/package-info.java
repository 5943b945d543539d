/**
 * Working days in Latvia: the public holidays the law names (Easter and Whitsun computed), the rule that
 * moves a holiday falling on a weekend to the next working day, and the days the Cabinet moves each year
 * or a law adds once, which platform administrators keep as data. Deadlines of cases and the day a
 * document is deemed delivered are counted here.
 */
package lv.pietura.calendar;
