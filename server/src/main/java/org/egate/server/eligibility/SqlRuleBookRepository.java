package org.egate.server.eligibility;

import java.sql.Date;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.egate.border.eligibility.Category;
import org.egate.border.eligibility.RuleBook;
import org.egate.border.eligibility.RuleBookRepository;
import org.egate.border.eligibility.RuleVersion;
import org.egate.border.eligibility.RuleVersionId;
import org.egate.border.traveler.Age;
import org.egate.border.traveler.Height;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rule versions in table {@code rule_version}; the book is small and cached until a version is added. */
@Component
public class SqlRuleBookRepository implements RuleBookRepository {
  private final JdbcClient jdbc;
  private volatile RuleBook cached;

  SqlRuleBookRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the seeded versions when there are none (first start). */
  public void seedIfEmpty(RuleBook seed) {
    if (jdbc.sql("select count(*) from rule_version").query(Integer.class).single() == 0) {
      seed.versions().forEach(this::insert);
    }
    cached = null;
  }

  @Override
  public RuleBook load() {
    RuleBook b = cached;
    if (b == null) {
      b = new RuleBook(jdbc.sql("select id, effective_from, open_categories, minimum_age, minimum_height_cm, fingerprints_mandatory, note from rule_version")
          .query((rs, n) -> new RuleVersion(RuleVersionId.of(rs.getString(1)), rs.getDate(2).toLocalDate(), categories(rs.getString(3)),
              Age.ofYears(rs.getInt(4)), Height.ofCentimeters(rs.getInt(5)), rs.getBoolean(6), rs.getString(7)))
          .list());
      cached = b;
    }
    return b;
  }

  @Override
  public void add(RuleVersion version) {
    load().with(version); // refuses a taken id or day, as the port says
    insert(version);
    cached = null;
  }

  private void insert(RuleVersion v) {
    jdbc.sql("insert into rule_version (id, effective_from, open_categories, minimum_age, minimum_height_cm, fingerprints_mandatory, note)"
            + " values (?, ?, ?, ?, ?, ?, ?)")
        .params(v.id().value(), Date.valueOf(v.effectiveFrom()),
            v.openCategories().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
            v.minimumAge().years(), v.minimumHeight().centimeters(), v.fingerprintsMandatory(), v.note())
        .update();
  }

  private static EnumSet<Category> categories(String csv) {
    EnumSet<Category> set = EnumSet.noneOf(Category.class);
    if (!csv.isBlank()) {
      Arrays.stream(csv.split(",")).map(Category::valueOf).forEach(set::add);
    }
    return set;
  }
}
