package org.vcanalytics.harm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.Link;
import org.vcanalytics.core.OffenceCodes;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.PersonLinks;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.VcClassifier;

/** A small synthetic force for hand-worked harm examples. */
final class Force {
  final VcDataset.Builder data = VcDataset.builder();
  final List<Link> links = new ArrayList<>();
  private final List<String> people = new ArrayList<>();
  private int crimes;

  /** Adds a crime with one person in one or more roles; returns its id. */
  String crime(String code, LocalDate on, String person, Role... roles) {
    String id = String.format("C%03d", ++crimes);
    data.addCrime(Crime.builder().id(id).hoCode(OffenceCodes.normalise(code)).committedOn(on).build());
    person(person);
    for (Role r : roles) {
      data.addInvolvement(id, person, r);
    }
    return id;
  }

  void person(String id) {
    if (!people.contains(id)) {
      people.add(id);
      data.addPerson(Person.of(id));
    }
  }

  HarmResult harm(LocalDate asOf) {
    return harm(asOf, HarmOptions.defaults());
  }

  HarmResult harm(LocalDate asOf, HarmOptions options) {
    VcDataset d = data.build();
    return HarmCalculator.calculate(d, VcClassifier.classify(d, asOf), PersonLinks.of(links), options);
  }
}
