//! End-to-end tests on sentences of our own: segmented, parsed with the
//! built-in model, actors found with the built-in knowledge base, places
//! found and resolved with the built-in gazetteer.

use crate::{find_places, locate, Gazetteer, LocationSource, Place, PlaceKind};
use dyad_core::Document;

fn analyse(text: &str) -> (Document, Vec<Place>) {
    let mut doc = Document::new("t", text);
    dyad_text::segment(&mut doc);
    let kb = dyad_actors::KnowledgeBase::builtin().expect("built-in knowledge base");
    dyad_syntax::Model::builtin()
        .expect("built-in syntax model")
        .annotate_document_with_names(&mut doc, &|s| kb.name_hints(s));
    let mentions = dyad_actors::find_mentions(kb, &doc);
    let gaz = Gazetteer::builtin().expect("built-in gazetteer");
    let places = find_places(gaz, kb, &doc, &mentions);
    (doc, places)
}

fn places(text: &str) -> Vec<Place> {
    analyse(text).1
}

fn find<'a>(ps: &'a [Place], text: &str) -> Option<&'a Place> {
    ps.iter().find(|p| p.text == text)
}

#[test]
fn a_city_after_a_locative_is_found_and_resolved() {
    let ps = places("Rebels shelled government positions in Aleppo on Monday.");
    let p = find(&ps, "Aleppo").expect("Aleppo");
    assert_eq!(p.place.country.as_deref(), Some("SYR"));
    assert_eq!(p.place.kind, PlaceKind::City);
    assert!(!p.actor && !p.adjective);
}

#[test]
fn jordan_the_person_is_not_a_place_but_jordan_the_country_is() {
    let ps = places("Michael Jordan scored 40 points in Chicago.");
    assert!(find(&ps, "Jordan").is_none(), "{ps:?}");
    assert!(find(&ps, "Chicago").is_some());
    let ps = places("Jordan Henderson signed for a club in Saudi Arabia.");
    assert!(find(&ps, "Jordan").is_none(), "{ps:?}");
    let ps = places("Refugees crossed the border into Jordan last week.");
    let p = find(&ps, "Jordan").expect("Jordan the country");
    assert_eq!(p.place.country.as_deref(), Some("JOR"));
}

#[test]
fn georgia_is_the_state_among_american_places_and_the_country_among_its_neighbours() {
    let ps = places(
        "Storms hit Alabama and Tennessee on Sunday. Power lines were down across Georgia, \
         and Atlanta schools closed.",
    );
    let p = find(&ps, "Georgia").expect("Georgia");
    assert_eq!(p.place.kind, PlaceKind::Admin1, "{p:?}");
    assert_eq!(p.place.country.as_deref(), Some("USA"));
    let ps = places(
        "Russian troops remain in Abkhazia. Tbilisi says Georgia will not give up its claim, \
         and Armenia and Azerbaijan are watching.",
    );
    let p = find(&ps, "Georgia").expect("Georgia");
    assert_eq!(p.place.kind, PlaceKind::Country, "{p:?}");
    assert_eq!(p.place.country.as_deref(), Some("GEO"));
}

#[test]
fn paris_in_the_paris_agreement_is_not_a_place() {
    let ps = places("The United States rejoined the Paris agreement on climate change.");
    assert!(find(&ps, "Paris").is_none(), "{ps:?}");
    let ps = places("Thousands marched in Paris on Saturday.");
    let p = find(&ps, "Paris").expect("Paris");
    assert_eq!(p.place.country.as_deref(), Some("FRA"));
}

#[test]
fn a_city_state_pair_resolves_the_city() {
    let ps = places("The fire started in a warehouse in Paris, Texas, late on Friday.");
    let p = find(&ps, "Paris").expect("Paris");
    assert_eq!(p.place.country.as_deref(), Some("USA"), "{p:?}");
    assert_eq!(p.admin1_name.as_deref(), Some("Texas"));
    assert_eq!(p.resolved_by, "pair");
}

#[test]
fn demonyms_are_places_that_never_locate() {
    let ps = places("A Turkish policeman shot the Russian ambassador.");
    let p = find(&ps, "Turkish").expect("Turkish");
    assert!(p.adjective);
    assert_eq!(p.place.country.as_deref(), Some("TUR"));
}

#[test]
fn a_capital_standing_for_its_government_is_an_actor_not_a_location() {
    let (doc, ps) = analyse("Seoul condemned the launch.");
    let p = find(&ps, "Seoul").expect("Seoul");
    assert!(p.actor);
    // The event on "condemned" (token 1) has no location.
    assert!(locate(&doc, &ps, 0, 1).is_none());
}

#[test]
fn an_event_is_located_by_its_predicate_not_by_a_noun_modifier() {
    let (doc, ps) = analyse(
        "Kim met Donald Trump in Singapore and Hanoi. \
         A researcher at the Defense Research Center in Seoul criticised the plan.",
    );
    let met = doc.sentences[0]
        .tokens
        .iter()
        .position(|t| t.form == "met")
        .expect("met");
    let at = locate(&doc, &ps, 0, met).expect("located");
    assert_eq!(at.source, LocationSource::Predicate);
    let names: Vec<&str> = at.places.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(names, ["Singapore", "Hanoi"]);
    let criticised = doc.sentences[1]
        .tokens
        .iter()
        .position(|t| t.form == "criticised")
        .expect("criticised");
    assert!(locate(&doc, &ps, 1, criticised).is_none());
}

#[test]
fn hyphenated_place_words_are_found_inside_the_token() {
    let ps = places("A Washington-based group published the report.");
    let p = find(&ps, "Washington").expect("Washington");
    assert_eq!(p.place.country.as_deref(), Some("USA"));
}

#[test]
fn nothing_is_found_in_lower_case_or_garbage() {
    assert!(places("the paris of the north is a nice place to reading").is_empty());
    assert!(places("\u{0}\u{1} ---- ,,,, ;;;").is_empty());
}

#[test]
fn a_county_is_placed_in_the_state_named_with_it_or_the_story_is_set_in() {
    let ps = places("A barn burned near London, in Laurel County, Ky., on Friday night.");
    let p = find(&ps, "Laurel County").expect("Laurel County");
    assert_eq!(p.place.kind, PlaceKind::County, "{p:?}");
    assert_eq!(p.place.country.as_deref(), Some("USA"));
    assert_eq!(p.place.admin1.as_deref(), Some("KY"), "{p:?}");
    assert_eq!(p.place.geonameid, None);
    let ps = places(
        "Farmers in Iowa fear the drought. Officials in Waterloo, Iowa, said wells in \
         BLACK HAWK COUNTY were running dry.",
    );
    let p = find(&ps, "BLACK HAWK COUNTY").expect("the county in capitals");
    assert_eq!(p.place.admin1.as_deref(), Some("IA"), "{p:?}");
    assert_eq!(p.place.name, "Black Hawk County");
    // A county in a story that names no American state is left alone.
    let ps = places("Heavy rain flooded homes in Kerry County on Tuesday.");
    assert!(find(&ps, "Kerry County").is_none(), "{ps:?}");
}

#[test]
fn a_name_is_not_its_own_evidence() {
    // Every "London" of a story set in Ontario would otherwise vote for
    // the London it first looked like.
    let ps = places(
        "London police arrested two men on Sunday. The stabbing in London was the city's \
         third this year, police in Ontario said. London is two hours from Toronto.",
    );
    for p in ps.iter().filter(|p| p.text == "London") {
        assert_eq!(p.place.country.as_deref(), Some("CAN"), "{p:?}");
    }
}

#[test]
fn washington_and_new_york_are_the_cities_unless_the_words_say_state() {
    let ps = places("The Washington-based firm hired a New York-based lawyer.");
    let p = find(&ps, "Washington").expect("Washington");
    assert_eq!(p.place.kind, PlaceKind::City, "{p:?}");
    assert_eq!(p.place.admin1.as_deref(), Some("DC"), "{p:?}");
    let p = find(&ps, "New York").expect("New York before its hyphen");
    assert_eq!(p.place.kind, PlaceKind::City, "{p:?}");
    let ps = places("Heavy snow closed schools across New York state on Monday.");
    let p = find(&ps, "New York").expect("New York");
    assert_eq!(p.place.kind, PlaceKind::Admin1, "{p:?}");
}

#[test]
fn an_event_by_a_group_based_somewhere_is_located_at_its_base_when_nothing_closer_says() {
    let (doc, ps) = analyse(
        "The Seoul-based group protested against the missile launches on Friday. \
         The Seoul-based group protested in Busan on Saturday.",
    );
    let protested = |si: usize| {
        doc.sentences[si]
            .tokens
            .iter()
            .position(|t| t.form == "protested")
            .expect("protested")
    };
    let at = locate(&doc, &ps, 0, protested(0)).expect("located at the base");
    assert_eq!(at.source, LocationSource::Based);
    assert_eq!(at.places[0].text, "Seoul");
    let at = locate(&doc, &ps, 1, protested(1)).expect("located by the predicate");
    assert_eq!(at.source, LocationSource::Predicate);
    assert_eq!(at.places[0].text, "Busan");
}

#[test]
fn a_world_city_keeps_its_name_against_a_town_that_lists_it_as_an_alias() {
    // GeoNames lists "Milan" among the alternate names of Syracuse, New
    // York; a story full of American places still means the Italian city.
    let ps = places(
        "Protests spread from Minneapolis to New York and Chicago. \
         In Milan, demonstrators gathered outside the consulate.",
    );
    let milan = find(&ps, "Milan").expect("Milan found");
    assert_eq!(milan.place.country.as_deref(), Some("ITA"), "{ps:?}");
}

#[test]
fn a_seat_of_power_inside_an_officials_title_is_not_a_town_abroad() {
    // "White House" is also an alternate name of Casablanca.
    let ps = places("A White House senior official said the troops would move.");
    assert!(
        ps.iter().all(|p| p.place.country.as_deref() != Some("MAR")),
        "{ps:?}"
    );
    let ps = places("The senior White House administration official also spoke.");
    assert!(
        ps.iter().all(|p| p.place.country.as_deref() != Some("MAR")),
        "{ps:?}"
    );
}

#[test]
fn a_capitalised_noun_inside_a_sentence_is_a_name_at_its_start_it_may_not_be() {
    // The tagger makes "Manchester" a common noun before "police".
    let ps = places("The Manchester police arrested a man.");
    let p = find(&ps, "Manchester").expect("Manchester");
    assert_eq!(p.place.country.as_deref(), Some("GBR"));
    // A capitalised common word at the start says nothing.
    let ps = places("Reading is a pleasure for many people.");
    assert!(find(&ps, "Reading").is_none(), "{ps:?}");
}
