package com.deliverysupervision.notification;

import com.deliverysupervision.order.OrderVariables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Who a diagram names as the recipients of a notification, in a party's words: {@code seller},
 * {@code customer}, {@code parties}, {@code otherParty} (the party that did not file the appeal),
 * {@code deciders} (the members of the group that decides the appeal); or the name of a variable
 * that holds a user or a list of users, such as a transfer's {@code transferApprovers}. And {@code
 * contact}: the contact a request names by e-mail ({@code contactEmail}, GCP-4), who is no user and
 * is told by e-mail only.
 */
@Component
class Recipients {
  static final String CONTACT = "contact";
  static final String CONTACT_EMAIL = "contactEmail";

  private final IdentityService identityService;

  Recipients(IdentityService identityService) {
    this.identityService = identityService;
  }

  List<String> of(String roles, VariableScope scope) {
    List<String> users = new ArrayList<>();
    for (String role : rolesIn(roles)) {
      switch (role) {
        case CONTACT -> {
          // No user: contactOf tells where its e-mail goes.
        }
        case "seller" -> users.add((String) scope.getVariable(OrderVariables.SELLER_ID));
        case "customer" -> users.add((String) scope.getVariable(OrderVariables.CUSTOMER_ID));
        case "parties" -> {
          users.add((String) scope.getVariable(OrderVariables.SELLER_ID));
          users.add((String) scope.getVariable(OrderVariables.CUSTOMER_ID));
        }
        case "otherParty" -> {
          Object appellant = scope.getVariable("appellant");
          Object seller = scope.getVariable(OrderVariables.SELLER_ID);
          users.add(
              (String)
                  (Objects.equals(appellant, seller)
                      ? scope.getVariable(OrderVariables.CUSTOMER_ID)
                      : seller));
        }
        case "deciders" ->
            users.addAll(membersOf(List.of((String) scope.getVariable("decidedBy"))));
        default -> users.addAll(usersIn(role, scope));
      }
    }
    return users.stream().filter(Objects::nonNull).distinct().toList();
  }

  /** The address of the contact, if {@code roles} name it and the request has one. */
  Optional<String> contactOf(String roles, VariableScope scope) {
    return rolesIn(roles).contains(CONTACT)
        ? Optional.ofNullable((String) scope.getVariable(CONTACT_EMAIL))
        : Optional.empty();
  }

  private static List<String> rolesIn(String roles) {
    return Arrays.stream(roles.split(",")).map(String::strip).toList();
  }

  private static List<String> usersIn(String variable, VariableScope scope) {
    Object users = scope.getVariable(variable);
    if (users instanceof String user) {
      return List.of(user);
    }
    if (users instanceof Collection<?> many) {
      return many.stream().map(String::valueOf).toList();
    }
    throw new IllegalArgumentException(
        "Unknown recipients '"
            + variable
            + "'; a diagram names seller, customer, parties, otherParty, deciders or a variable"
            + " holding users");
  }

  /** The users of the groups, read as the application: the caller may not read them all. */
  List<String> membersOf(Collection<String> groups) {
    return Context.getCommandContext()
        .runWithoutAuthorization(
            () ->
                groups.stream()
                    .flatMap(
                        group ->
                            identityService.createUserQuery().memberOfGroup(group).list().stream())
                    .map(User::getId)
                    .distinct()
                    .toList());
  }
}
