package com.deliverysupervision.catalogue;

import java.util.List;

/**
 * A choice the customer makes among fixed values, e.g. Software Version: Basic, Enterprise,
 * Professional. One value of every enumeration attribute together make an SKU (REL-5).
 */
public record EnumerationAttribute(String name, List<String> values) {}
