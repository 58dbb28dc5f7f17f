/**
 * The dated financial proxy library ({@link io.github.caeimpact.sroi.proxy.ProxyLibrary}) and the
 * consumer price index ({@link io.github.caeimpact.sroi.proxy.PriceIndex}) that revalues proxies to
 * the analysis year, both shipped as JSON data with their sources and loadable from a user's file.
 */
package io.github.caeimpact.sroi.proxy;
