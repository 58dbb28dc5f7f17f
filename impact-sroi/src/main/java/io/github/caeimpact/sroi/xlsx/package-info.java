/**
 * Impact maps as {@code .xlsx} workbooks in the layout of the SROI Guide's impact map
 * ({@link io.github.caeimpact.sroi.xlsx.MapWorkbook}), converted to and from the map's JSON
 * document so that the map reader checks them, with problems located by sheet, row and column
 * ({@link io.github.caeimpact.sroi.xlsx.WorkbookMap}).
 */
package io.github.caeimpact.sroi.xlsx;
