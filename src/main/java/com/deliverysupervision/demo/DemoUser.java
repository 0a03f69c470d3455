package com.deliverysupervision.demo;

/** A demo login; its password is its ID. */
record DemoUser(String id, String firstName, String lastName, String group) {}
