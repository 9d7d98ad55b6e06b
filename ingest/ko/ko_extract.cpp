// The Korean extraction rules. Every rule is general: it reads particles, endings, phrase
// structure and the vocabulary, never the words of one document. This file: the entry point
// and the structural rules; ko_predicates.cpp: predicates and their arguments.
#include "ingest/ko/ko_extract.h"

#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_demonstratives.h"
#include "ingest/ko/ko_event_nouns.h"
#include "ingest/ko/ko_extract_impl.h"

namespace kg::ingest {

void KoreanExtractor::Impl::EmitTitle(int person, const std::string& title, int org, size_t b,
                                      size_t e, const std::string& rule,
                                      const std::string& written) {
  for (const RelationDef& r : x.relations_.relations()) {
    if (std::find(r.ko_titles.begin(), r.ko_titles.end(), title) == r.ko_titles.end()) continue;
    if (r.object_type == "Person") {  // the title names the object: 창업자 (founded_by)
      EmitSimple(org, r.id, person, b, e, rule);
    } else {
      EmitSimple(person, r.id, org, b, e, rule, TitleRole(r, written.empty() ? title : written));
    }
    return;
  }
}

std::map<std::string, int> KoreanExtractor::Impl::TitleRole(const RelationDef& r,
                                                            const std::string& title) {
  if (r.id != "position_held") return {};  // ceo_of says its title itself
  return {{"role", sink->Value(Literal{title, "", ""}, title)}};
}

void KoreanExtractor::Impl::TitleAppositions() {
  for (const Phrase& p : c.phrases) {
    // The organisation is the last titled person's ("A 대표와 ORG B CTO가": B's, not A's).
    if (p.person_org < 0 || p.titled.empty()) continue;
    const auto& [person, title] = p.titled.back();
    // The role as written: a field fused to the title stays (조사조정국장), a gloss goes.
    std::string written = token(p.last).stem.substr(0, token(p.last).stem.find('('));
    EmitTitle(person, title, p.person_org, token(p.first).begin, token(p.last).end,
              "ko:title-apposition", EndsWith(written, title) ? written : title);
  }
}

void KoreanExtractor::Impl::RankStatements() {
  const RelationDef* ranked = x.relations_.ForRule("rank_statement");
  if (!ranked) return;
  // The ranking: a work (index, report) named in the sentence outside the subjects, else the
  // paragraph's source.
  // A work marked "에 따르면" is the source that states the rank, not the ranking itself
  // ("<보고서>에 따르면 X는 1위"): so is a source of this very sentence.
  auto in_source = [&](const Mention& m) {
    for (const Phrase& p : c.phrases) {
      if (p.link == "according" && m.begin >= token(p.first).begin && m.begin < token(p.last).end)
        return true;
    }
    return false;
  };
  int ranking = -1;
  for (const Mention& m : mentions) {
    if (ents->at(m.entity).type == "Work" && !in_source(m)) ranking = m.entity;
  }
  if (ranking < 0) ranking = RankingPhrase();  // 앱 사용자 순위에서 (ko_ranking_phrases.cpp)
  if (ranking < 0 && disc->according >= 0 && disc->according_paragraph == sentence.paragraph &&
      disc->according_sentence < sentence.number &&
      sentence.number - disc->according_sentence <= 1) {
    ranking = disc->according;
  }
  if (ranking < 0) return;
  // "X는 [Y가 발표한] 순위에서 1위": a subject whose first verb modifies a noun is the subject
  // of a relative clause; it neither takes the rank nor ends the topic's reach.
  auto relative_subject = [&](const Phrase& p) {
    if (p.role != Role::kSubject) return false;
    if (p.relative_subject) return true;  // Y가 집계한: a verb the vocabulary does not know
    for (const Predicate& pred : c.predicates) {
      if (pred.token > p.last) return pred.ending.kind == EndingKind::kAdnominal;
    }
    return false;
  };
  for (size_t j = 0; j < c.phrases.size(); ++j) {
    const Phrase& p = c.phrases[j];
    bool subject = IsSubjectLike(p.role) && !relative_subject(p);
    if (!subject || p.referents.empty()) continue;
    // The rank must follow before the next subject.
    size_t limit = sentence.text.size();
    for (size_t k = j + 1; k < c.phrases.size(); ++k) {
      if (IsSubjectLike(c.phrases[k].role) && !relative_subject(c.phrases[k])) {
        limit = token(c.phrases[k].first).begin;
        break;
      }
    }
    for (const ValueMention& v : values) {
      if (v.kind != ValueMention::Kind::kRank || v.begin < token(p.last).end || v.begin >= limit)
        continue;
      std::map<std::string, int> quals = {{"rank", sink->Value(v)}};
      for (int e : p.referents) {
        if (e == ranking) continue;
        EmitSimple(e, ranked->id, ranking, token(p.first).begin, v.end, "ko:rank-statement", quals);
      }
      break;
    }
  }
}

// A stem that states a relation only of certain objects (주장하다 + 도용) allows just those, and
// claims them from the stem's other relations (펀드를 만들다: established, not develops).
bool KoreanExtractor::Impl::StemAllowsObject(const Slots& k, const Resolution& res) const {
  // The object's noun: its head, or the last word of the name it gives ('가람 펀드'를).
  auto object_is = [&](const std::vector<std::string>& nouns) {
    if (res.object_phrase < 0) return false;
    if (std::find(nouns.begin(), nouns.end(), phrase(res.object_phrase).head) != nouns.end())
      return true;
    for (int e : res.objects) {
      for (const std::string& noun : nouns) {
        if (EndsWith(ents->at(e).name, " " + noun)) return true;
      }
    }
    return false;
  };
  // A relation of objects of one kind only (organizes: an Event) holds of nothing else.
  if (k.R.object_type_required) {
    if (res.objects.empty()) return false;
    for (int e : res.objects) {
      if (ents->at(e).type != k.R.object_type) return false;
    }
  }
  // A stem that states the relation only of a thing its nearest object names (쓰다).
  if (!k.R.ko_thing_object_stems.empty() && !ThingObject(k, res)) return false;
  // A stem that states the relation only of certain objects (주장하다 + 도용).
  auto restricted = k.R.ko_lemma_objects.find(k.P.stem);
  if (restricted != k.R.ko_lemma_objects.end()) return object_is(restricted->second);
  // ... and claims those objects from the stem's other relations (펀드를 만들다: established,
  // not develops).
  if (res.object_phrase < 0) return true;
  for (const RelationDef* other : k.P.relations) {
    if (other == &k.R) continue;
    auto claimed = other->ko_lemma_objects.find(k.P.stem);
    if (claimed != other->ko_lemma_objects.end() && object_is(claimed->second)) return false;
  }
  return true;
}

// "한-UAE", "한·미": the place's word pairs it with another country before it.
bool KoreanExtractor::Impl::PairedPlace(const Token& t, const Mention& m) const {
  if (m.begin <= t.begin) return false;
  std::string before = sentence.text.substr(t.begin, m.begin - t.begin);
  return before.find('-') != std::string::npos || before.find("·") != std::string::npos ||
         before.find("‧") != std::string::npos;
}

void KoreanExtractor::Impl::PlaceDescriptors() {
  const RelationDef* located = x.relations_.ForRule("place_descriptor");
  if (!located) return;
  auto is_place = [&](int e) {
    const std::string& t = ents->at(e).type;
    return t == "Country" || t == "Place";
  };
  // Companies and the like; agencies and governments are named by their country already. A
  // name of no kind yet right after the place and its descriptors (미국 제약사 **머크**) is
  // one too, unless it is an acronym of two letters or Hangul words with a space (a person
  // written in Korean).
  auto is_org = [&](int e, bool first) {
    const ExtractedEntity& en = ents->at(e);
    if (en.type == "Organization") return true;
    if (!first || !en.type.empty()) return false;
    bool ascii = std::all_of(en.name.begin(), en.name.end(),
                             [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
    return ascii ? en.name.size() >= 3 : en.name.find(' ') == std::string::npos;
  };
  const int n = static_cast<int>(c.tokens.size());
  for (int i = 0; i < n; ++i) {
    const Token& t = token(i);
    if (t.mentions.size() != 1 || !t.head_is_mention) continue;
    int place = mentions[static_cast<size_t>(t.mentions[0])].entity;
    if (!is_place(place) || (t.role != Role::kNone && t.role != Role::kGenitive)) continue;
    // "한-UAE 협정", "한국과 UAE 간 협정": a country paired with another is a party to the
    // thing named after it, not where that thing is.
    if (PairedPlace(t, mentions[static_cast<size_t>(t.mentions[0])])) continue;
    // "캐나다 토론토에서", "헝가리 데브레첸에": a city or region written right after its country
    // is in it -- one the lexicon knows as a place, not a word taken for one by its position.
    if (i + 1 < n && ents->at(place).type == "Country" && !token(i + 1).mentions.empty()) {
      const Mention& next = mentions[static_cast<size_t>(token(i + 1).mentions[0])];
      if (next.begin == token(i + 1).begin && next.entity != place &&
          ents->at(next.entity).type == "Place" && ents->at(next.entity).from_lexicon) {
        EmitSimple(next.entity, located->id, place, t.begin, next.end, "ko:place-in-country");
        continue;
      }
    }
    // Descriptor nouns after the place (특수소재 기업), then the organisation and any siblings
    // joined to it by 와/과 or commas (중국의 CATL과 BYD). A generic acronym the text also
    // quoted ('AI'라는 말) is a descriptor word too: 미국 AI 스타트업 X.
    auto concept_only = [&](const Token& d) {
      return std::all_of(d.mentions.begin(), d.mentions.end(), [&](int m) {
        return ents->at(mentions[static_cast<size_t>(m)].entity).concept_word;
      });
    };
    int j = i + 1, descriptors = 0;
    bool between = false;
    while (j < n && descriptors < 3 && concept_only(token(j)) && token(j).values.empty() &&
           token(j).role == Role::kNone && !token(j).comma) {
      between |= OneOf(ko_words::StripPunct(token(j).text, nullptr),
                       KoreanGrammar::Get().head_keeping_suffixes);
      ++j;
      ++descriptors;
    }
    if (between) continue;
    // The last member of the list (중국의 CATL과 BYD가, 일본 A와 B 등에서): what the list
    // closes on, a subject or 등, says the names before it were its members.
    auto ends_list = [&](int k) {
      return IsSubjectLike(token(k).role) || token(k).list_end ||
             (k + 1 < n && StartsWith(ko_words::StripPunct(token(k + 1).text, nullptr), "등"));
    };
    bool known_before = false;
    for (int first = j; j < n; ++j) {
      const Token& o = token(j);
      if (o.mentions.empty() || mentions[static_cast<size_t>(o.mentions[0])].begin != o.begin)
        break;
      int org = mentions[static_cast<size_t>(o.mentions[0])].entity;
      // A name of no kind yet is one in the first place, or as the member that closes the list.
      if (!is_org(org, j == first || ends_list(j)) || org == place) break;
      // After a name of no kind, only the closing member (not 머크와 항체-약물접합체(ADC)); and
      // a later member ends its own phrase: one modifying the noun after it (머크와 ADC
      // 후보물질) is no member.
      if (j != first && !known_before && !ends_list(j)) break;
      if (j != first && o.role == Role::kNone && !o.comma && !ends_list(j)) break;
      EmitSimple(org, located->id, place, t.begin, o.end, "ko:place-descriptor");
      if (!o.comma && o.role != Role::kPartner) break;
      known_before = ents->at(org).type == "Organization";
    }
  }
}

void KoreanExtractor::Impl::ProductsOfOrganisations() {
  for (const Mention& m : mentions) {
    if (m.owner < 0 || m.source != Mention::Source::kParen) continue;
    const RelationDef* maker = x.relations_.ForRule("product_maker");
    if (maker) EmitSimple(m.owner, maker->id, m.entity, m.begin, m.end, "ko:org-product-paren");
  }
}

void KoreanExtractor::Impl::DefinitionList() {
  int topic = DefinitionTopic();
  if (topic < 0 || !c.predicates.empty()) return;
  std::vector<int> members;
  for (const Phrase& p : c.phrases) {
    if (p.referents.empty() && !p.jurisdiction) return;
    members.insert(members.end(), p.referents.begin(), p.referents.end());
  }
  const RelationDef* membership = x.relations_.ForRule("list_membership");
  if (members.size() < 2 || !membership) return;
  for (int m : members) {
    EmitSimple(m, membership->id, topic, sentence.body_begin, sentence.text.size(),
               "ko:definition-list");
  }
}

void KoreanExtractor::Impl::WorkDefinition() {
  int topic = DefinitionTopic();
  const RelationDef* maker = x.relations_.ForRule("work_definition");
  if (topic < 0 || !maker || ents->at(topic).type != "Work") return;
  // The first phrase of the body, when it is its grammatical subject and an organisation.
  for (const Phrase& p : c.phrases) {
    if (token(p.first).begin < sentence.body_begin) continue;
    bool subject = p.role == Role::kSubject || p.role == Role::kTopic;
    if (subject && p.referents.size() == 1 && p.referents[0] != topic &&
        TypeCompatible("Organization", ents->at(p.referents[0]).type) &&
        !ents->at(p.referents[0]).type.empty() && ents->at(p.referents[0]).type != "Country") {
      EmitSimple(topic, maker->id, p.referents[0], token(p.first).begin, token(p.last).end,
                 "ko:work-definition");
    }
    return;
  }
}

void KoreanExtractor::Impl::ReflexiveOwnership() {
  const RelationDef* possession = x.relations_.ForRule("possession");
  if (!possession) return;
  for (size_t j = 0; j < c.phrases.size(); ++j) {
    const Phrase& p = c.phrases[j];
    if (p.referents.empty()) continue;
    std::string first = token(p.first).text;
    if (!StartsWith(first, "자신의") && !StartsWith(first, "그의")) continue;
    int org = p.referents.back();
    if (!TypeCompatible("Organization", ents->at(org).type) || ents->at(org).type.empty()) continue;
    for (size_t k = j; k-- > 0;) {
      const Phrase& s = c.phrases[k];
      if ((s.topic || s.role == Role::kSubject) && !s.referents.empty() &&
          ents->at(s.referents.front()).type == "Person") {
        EmitSimple(s.referents.front(), possession->id, org, token(s.first).begin,
                   token(p.last).end, "ko:reflexive-owner");
        break;
      }
    }
  }
}
KoreanExtractor::KoreanExtractor(const RelationVocabulary& relations, const Lexicon& lexicon)
    : relations_(relations), lexicon_(lexicon) {}

void KoreanExtractor::Extract(const Sentence& sentence, const std::vector<Mention>& mentions,
                              const std::vector<ValueMention>& values, const Chunked& chunks,
                              DocEntities* entities, Discourse* discourse, FactSink* sink) const {
  Chunked resolved, events;
  const bool points_back =
      ResolveDemonstratives(sentence, mentions, entities, *discourse, chunks, &resolved);
  const Chunked& read = points_back ? resolved : chunks;
  const bool event_back = ResolveEventNouns(sentence, *entities, *discourse, read, &events);
  Impl impl{*this,    sentence,  mentions, values, event_back ? events : read,
            entities, discourse, sink,     {}};
  impl.Run();
  RememberNamed(sentence, mentions, discourse);
}

}  // namespace kg::ingest
