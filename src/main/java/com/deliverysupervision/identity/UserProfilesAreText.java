package com.deliverysupervision.identity;

import com.deliverysupervision.process.CommandFields;
import com.deliverysupervision.process.CommandsRefusedToUsers;
import com.deliverysupervision.web.RefusedWithReason;
import com.deliverysupervision.web.TextRules;
import java.lang.reflect.Field;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.springframework.stereotype.Component;

/**
 * ALL-3: a name or e-mail address a user gives in its profile (Tasklist's and Admin's profile
 * pages, {@code PUT /engine-rest/user/{id}/profile}) is one line of at most 255 characters, what
 * Camunda's user table keeps: a longer one was a server error, and the names head every
 * notification.
 */
@Component
class UserProfilesAreText extends CommandsRefusedToUsers {
  static final int MAX_LENGTH = 255;
  private static final Field USER = CommandFields.of(SaveUserCmd.class, "user");

  UserProfilesAreText() {
    super(
        command ->
            command instanceof SaveUserCmd && !fits((User) CommandFields.read(USER, command)),
        () ->
            new RefusedWithReason(
                "A first name, last name and e-mail address are one line each, of at most "
                    + MAX_LENGTH
                    + " characters."));
  }

  private static boolean fits(User user) {
    return user == null
        || Stream.of(user.getFirstName(), user.getLastName(), user.getEmail())
            .allMatch(
                text ->
                    text == null
                        || text.isEmpty()
                        || (text.length() <= MAX_LENGTH
                            && TextRules.problemWith(text, true).isEmpty()));
  }
}
