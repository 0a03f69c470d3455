package com.deliverysupervision.catalogue;

import com.deliverysupervision.web.PlainText;
import java.util.List;

/**
 * A choice the customer makes among fixed values, e.g. Software Version: Basic, Enterprise,
 * Professional. One value of every enumeration attribute together make an SKU (REL-5).
 */
public record EnumerationAttribute(
    @PlainText(oneLine = true) String name, List<@PlainText(oneLine = true) String> values) {}
