package com.deliverysupervision.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.UserQueryProperty;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.db.DbGroupQueryImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.identity.db.DbUserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

/**
 * ALL-2, LIC-6: a seller or reseller reads the name of a customer it does business with ({@link
 * BusinessRelations}), not the customer's e-mail address. A seller sees its customer's contact only
 * when the customer has not accepted a license delivery for long (LIC-6, {@code CustomerContacts});
 * through Camunda's user API it read the address at any time. A customer still reads its seller's
 * and reseller's, the businesses it buys from. Parties are told of each other's work by the
 * application (ALL-5), which reads the addresses as itself; a user reads its own, operations
 * managers and administrators everyone's.
 *
 * <p>The users a party reads are copies without the address: the engine's own entities, which it
 * would write back if changed, stay as they are.
 *
 * <p>Nor does a party learn another user's groups unless it reads that user: asked for the groups
 * of anyone ({@code GET /engine-rest/identity/groups?userId=}, {@code /group?member=}), Camunda
 * answered with those of the caller's own groups the user is in, which told a customer whether any
 * user ID was a customer too.
 */
@Component
class OthersEmailsWithheld extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(Provider.class));
  }

  /** Camunda's database identity provider, withholding addresses from parties. */
  public static class Provider extends DbIdentityServiceProvider {
    @Override
    public List<User> findUserByQueryCriteria(DbUserQueryImpl query) {
      refuseSearchByAddress(query);
      return asSeen(super.findUserByQueryCriteria(query));
    }

    @Override
    public long findUserCountByQueryCriteria(DbUserQueryImpl query) {
      refuseSearchByAddress(query);
      return super.findUserCountByQueryCriteria(query);
    }

    /**
     * The database still searches and sorts by the real address: a seller counting its customer
     * with {@code emailLike=a%}, then {@code ab%}, read the address a letter at a time.
     */
    private static void refuseSearchByAddress(DbUserQueryImpl query) {
      boolean byAddress =
          query.getEmail() != null
              || query.getEmailLike() != null
              || query.getOrderingProperties().stream()
                  .anyMatch(order -> UserQueryProperty.EMAIL.equals(order.getQueryProperty()));
      if (byAddress && addressesWithheldFrom(Context.getCommandContext()).isPresent()) {
        throw new BadUserRequestException(
            "Users are not searched or sorted by e-mail address here.");
      }
    }

    @Override
    public List<Group> findGroupByQueryCriteria(DbGroupQueryImpl query) {
      return ofUnreadUser(query) ? List.of() : super.findGroupByQueryCriteria(query);
    }

    @Override
    public long findGroupCountByQueryCriteria(DbGroupQueryImpl query) {
      return ofUnreadUser(query) ? 0 : super.findGroupCountByQueryCriteria(query);
    }

    /** A party's query for the groups of a user other than itself that it may not read. */
    private static boolean ofUnreadUser(DbGroupQueryImpl query) {
      CommandContext context = Context.getCommandContext();
      String member = query.getUserId();
      Optional<Authentication> party = addressesWithheldFrom(context);
      return member != null
          && party.isPresent()
          && !member.equals(party.get().getUserId())
          && !context
              .getAuthorizationManager()
              .isAuthorized(Permissions.READ, Resources.USER, member);
    }

    @Override
    public List<User> findUserByNativeQuery(
        Map<String, Object> parameterMap, int firstResult, int maxResults) {
      return asSeen(super.findUserByNativeQuery(parameterMap, firstResult, maxResults));
    }

    private static List<User> asSeen(List<User> users) {
      CommandContext context = Context.getCommandContext();
      Optional<Authentication> limited = addressesWithheldFrom(context);
      if (limited.isEmpty()) {
        return users;
      }
      Authentication reader = limited.get();
      List<String> others =
          users.stream().map(User::getId).filter(id -> !id.equals(reader.getUserId())).toList();
      if (others.isEmpty()) {
        return users;
      }
      Set<String> customers =
          context.runWithoutAuthorization(
              () ->
                  context
                      .getReadOnlyIdentityProvider()
                      .createUserQuery(context)
                      .memberOfGroup(Roles.CUSTOMERS)
                      .userIdIn(others.toArray(String[]::new))
                      .list()
                      .stream()
                      .map(User::getId)
                      .collect(Collectors.toSet()));
      return users.stream()
          .map(user -> customers.contains(user.getId()) ? withoutAddress(user) : user)
          .toList();
    }

    /** The reader, when it is a party: the application and staff read every address. */
    private static Optional<Authentication> addressesWithheldFrom(CommandContext context) {
      Authentication reader = context.getAuthentication();
      return reader == null
              || !context.isAuthorizationCheckEnabled()
              || seesEveryAddress(reader, context)
          ? Optional.empty()
          : Optional.of(reader);
    }

    private static boolean seesEveryAddress(Authentication reader, CommandContext context) {
      return (reader.getGroupIds() != null
              && reader.getGroupIds().contains(Roles.OPERATIONS_MANAGERS))
          || Administrators.include(reader, context.getProcessEngineConfiguration());
    }

    private static User withoutAddress(User user) {
      UserEntity copy = new UserEntity(user.getId());
      copy.setFirstName(user.getFirstName());
      copy.setLastName(user.getLastName());
      return copy;
    }
  }
}
