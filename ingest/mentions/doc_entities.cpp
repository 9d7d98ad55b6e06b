// Entity interning for one document.
#include "ingest/mentions/doc_entities.h"

#include <algorithm>

#include "ingest/mentions/mention_finder_impl.h"

namespace kg::ingest {

DocEntities::DocEntities(const Lexicon& lexicon, const Gazetteer& lexicon_names)
    : lexicon_(lexicon), lexicon_names_(lexicon_names), by_lexicon_(lexicon.entries().size(), -1) {}

int DocEntities::FromLexicon(int lexicon_index) {
  int& slot = by_lexicon_[static_cast<size_t>(lexicon_index)];
  if (slot >= 0) return slot;
  const LexiconEntry& e = lexicon_.entries()[static_cast<size_t>(lexicon_index)];
  ExtractedEntity ent;
  ent.name = e.name;
  ent.type = e.type;
  ent.from_lexicon = true;
  ent.aliases = e.aliases;  // every known name, so the graph answers to all of them
  entities_.push_back(ent);
  slot = static_cast<int>(entities_.size() - 1);
  doc_names_.Add(e.name, slot);
  for (const Alias& a : e.aliases) doc_names_.Add(a.text, slot);
  return slot;
}

int DocEntities::Find(std::string_view surface) const {
  const std::vector<int>* ids = doc_names_.Exact(surface);
  return ids ? ids->front() : -1;
}

bool DocEntities::NameAndType(std::string_view surface, std::string* name, std::string* type) const {
  if (int e = Find(surface); e >= 0) {
    *name = at(e).name;
    *type = at(e).type;
    return true;
  }
  const std::vector<int>* ids = lexicon_names_.Exact(surface);
  if (!ids) return false;
  const LexiconEntry& entry = lexicon_.entries()[static_cast<size_t>(ids->front())];
  *name = entry.name;
  *type = entry.type;
  return true;
}

void DocEntities::AddAlias(int entity, const Alias& alias) {
  if (alias.text.empty()) return;
  ExtractedEntity& e = entities_[static_cast<size_t>(entity)];
  if (alias.text == e.name) return;
  if (std::find(e.aliases.begin(), e.aliases.end(), alias) == e.aliases.end()) {
    e.aliases.push_back(alias);
  }
  doc_names_.Add(alias.text, entity);
}

void DocEntities::SetType(int entity, const std::string& type) {
  ExtractedEntity& e = entities_[static_cast<size_t>(entity)];
  if (e.type.empty() && !e.from_lexicon) e.type = type;
}

void DocEntities::SetOwner(int product, int owner) {
  if (product >= 0 && owner >= 0 && product != owner) owners_[product] = owner;
}

int DocEntities::OwnerOf(int product) const {
  auto it = owners_.find(product);
  return it == owners_.end() ? -1 : it->second;
}

void DocEntities::SetSite(int facility, int place) {
  if (facility >= 0 && place >= 0 && facility != place) sites_[facility] = place;
}

int DocEntities::SiteOf(int facility) const {
  auto it = sites_.find(facility);
  return it == sites_.end() ? -1 : it->second;
}

int DocEntities::InternUnlisted(const std::string& name, const std::string& type) {
  for (size_t i = 0; i < entities_.size(); ++i) {
    if (entities_[i].name == name && entities_[i].type == type) return static_cast<int>(i);
  }
  ExtractedEntity ent;
  ent.name = name;
  ent.type = type;
  entities_.push_back(ent);
  return static_cast<int>(entities_.size() - 1);
}

namespace {

// One of the Latin acronyms that are no names on their own, in capitals (AI, LLM, R&D).
bool GenericConceptWord(const std::string& name) {
  return name.size() >= 2 && mention_text::IsLatinStopword(name) &&
         std::all_of(name.begin(), name.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&';
         });
}

}  // namespace

int DocEntities::Intern(const std::string& name, const std::string& type,
                        const std::vector<Alias>& aliases) {
  std::vector<std::string> forms{name};
  for (const Alias& a : aliases) forms.push_back(a.text);
  int found = -1;
  for (const std::string& f : forms) {
    if (const std::vector<int>* lex = lexicon_names_.Exact(f)) {
      found = FromLexicon(lex->front());
      break;
    }
  }
  if (found < 0) {
    for (const std::string& f : forms) {
      found = Find(f);
      if (found >= 0) break;
    }
  }
  if (found < 0) {
    ExtractedEntity ent;
    ent.name = name;
    ent.type = type;
    // An acronym that is no name on its own (AI, LLM, GPU), learnt as one from a quote or
    // emphasis ('AI'라는 말), is the concept.
    if (type.empty() && GenericConceptWord(name)) ent.type = "Concept";
    // ... even when a gloss gave it a kind (그래픽처리장치(GPU) read as an acronym of a body):
    // the Korean rules take it for the concept (ingest/ko/ko_concept_objects.cpp).
    ent.concept_word = GenericConceptWord(name);
    entities_.push_back(ent);
    found = static_cast<int>(entities_.size() - 1);
    doc_names_.Add(name, found);
  } else {
    SetType(found, type);
    // A name given in Latin script beats a Korean one as the display name.
    ExtractedEntity& e = entities_[static_cast<size_t>(found)];
    if (!e.from_lexicon && name != e.name) {
      bool latin_new = !name.empty() && static_cast<unsigned char>(name[0]) < 0x80;
      bool latin_old = !e.name.empty() && static_cast<unsigned char>(e.name[0]) < 0x80;
      if (latin_new && !latin_old) {
        Alias old{e.name, "ko"};
        e.name = name;
        AddAlias(found, old);
        doc_names_.Add(name, found);
      } else {
        AddAlias(found, Alias{name, latin_new ? "en" : "ko"});
      }
    }
  }
  for (const Alias& a : aliases) AddAlias(found, a);
  return found;
}

}  // namespace kg::ingest
