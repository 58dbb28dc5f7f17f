/**
 * Datasets as folders of CSV files, as payroll, CRM and spreadsheet software export them: one file
 * per table ({@link io.github.caeimpact.model.csv.CsvTable}), English or French headers and
 * values, detected separators and encodings; {@link io.github.caeimpact.model.csv.CsvDataset}
 * reads and writes them, with every problem located by file, line and column.
 */
package io.github.caeimpact.model.csv;
