package com.deliverysupervision.order;

import java.util.Date;
import java.util.List;

/**
 * A step an order waits at, for the parties who follow it: what is asked, of whom, by when.
 *
 * @param assignee the user it waits for; none while it is offered to groups
 * @param candidateGroups the groups it is offered to (operations managers, administrators)
 * @param suspended true while an appeal or dispute froze the delivery
 */
public record OpenStep(
    String name, String assignee, List<String> candidateGroups, Date dueDate, boolean suspended) {}
