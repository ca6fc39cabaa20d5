//===- TidyConfig.cpp -----------------------------------------------------===//
#include "TidyConfig.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"

namespace serialscope {
namespace {

llvm::Error configError(llvm::StringRef FileName, const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s: %s", FileName.str().c_str(),
                                 Message.str().c_str());
}

/// A scalar's text, or nullopt for anything else.
std::optional<std::string> scalar(llvm::yaml::Node *Node) {
  auto *Scalar = llvm::dyn_cast_or_null<llvm::yaml::ScalarNode>(Node);
  if (!Scalar)
    return std::nullopt;
  llvm::SmallString<64> Storage;
  return Scalar->getValue(Storage).str();
}

} // namespace

llvm::Error parseTidyConfig(llvm::StringRef Text, llvm::StringRef FileName,
                            std::map<std::string, std::string> &Values, bool &InheritParent) {
  llvm::SourceMgr SM;
  std::string Diagnostic;
  SM.setDiagHandler(
      [](const llvm::SMDiagnostic &D, void *Context) {
        auto &Out = *static_cast<std::string *>(Context);
        if (Out.empty())
          Out = std::to_string(D.getLineNo()) + ":" + std::to_string(D.getColumnNo() + 1) + ": " +
                D.getMessage().str();
      },
      &Diagnostic);
  llvm::yaml::Stream Stream(Text, SM);
  const std::string Prefix = CheckName.str() + ".";
  std::map<std::string, std::string> Found;
  InheritParent = false;
  for (llvm::yaml::Document &Document : Stream) {
    llvm::yaml::Node *Root = Document.getRoot();
    if (!Root || llvm::isa<llvm::yaml::NullNode>(Root))
      continue;
    auto *Mapping = llvm::dyn_cast<llvm::yaml::MappingNode>(Root);
    if (!Mapping) {
      Root->skip();
      if (Diagnostic.empty())
        return configError(FileName, "not a YAML mapping");
      break;
    }
    for (llvm::yaml::KeyValueNode &Entry : *Mapping) {
      llvm::yaml::Node *KeyNode = Entry.getKey();
      std::optional<std::string> Key = scalar(KeyNode);
      llvm::yaml::Node *Value = Entry.getValue();
      // Stop at once: the parser would otherwise start document after document at the same
      // place (`*alias: value` made the tool hang).
      if (!Key || !Value) {
        if (Diagnostic.empty() && KeyNode) {
          auto [Line, Column] = SM.getLineAndColumn(KeyNode->getSourceRange().Start);
          Diagnostic = std::to_string(Line) + ":" + std::to_string(Column) +
                       ": a key that is not a plain scalar";
        }
        return configError(FileName, "invalid YAML" + (Diagnostic.empty()
                                                            ? std::string()
                                                            : ": " + Diagnostic));
      }
      if (*Key == "InheritParentConfig") {
        std::optional<std::string> Flag = scalar(Value);
        InheritParent = Flag && (*Flag == "true" || *Flag == "True" || *Flag == "1");
        continue;
      }
      if (*Key != "CheckOptions") {
        Value->skip();
        continue;
      }
      auto Record = [&](std::optional<std::string> Name, std::optional<std::string> Text) {
        if (Name && Text && llvm::StringRef(*Name).starts_with(Prefix))
          Found[Name->substr(Prefix.size())] = *Text;
      };
      if (auto *List = llvm::dyn_cast<llvm::yaml::SequenceNode>(Value)) {
        // The older form: - key: <check>.<Key>
        //                   value: <Value>
        for (llvm::yaml::Node &Item : *List) {
          auto *Pair = llvm::dyn_cast<llvm::yaml::MappingNode>(&Item);
          if (!Pair) {
            Item.skip();
            continue;
          }
          std::optional<std::string> Name, Text;
          for (llvm::yaml::KeyValueNode &Field : *Pair) {
            std::optional<std::string> FieldName = scalar(Field.getKey());
            if (FieldName && *FieldName == "key")
              Name = scalar(Field.getValue());
            else if (FieldName && *FieldName == "value")
              Text = scalar(Field.getValue());
            else if (Field.getValue())
              Field.getValue()->skip();
          }
          Record(Name, Text);
        }
      } else if (auto *Map = llvm::dyn_cast<llvm::yaml::MappingNode>(Value)) {
        // The current form: <check>.<Key>: <Value>
        for (llvm::yaml::KeyValueNode &Field : *Map)
          Record(scalar(Field.getKey()), scalar(Field.getValue()));
      } else {
        Value->skip();
      }
    }
  }
  if (Stream.failed() || !Diagnostic.empty())
    return configError(FileName,
                       "invalid YAML" + (Diagnostic.empty() ? std::string() : ": " + Diagnostic));
  // Check every value now, so that the error names this file.
  Options Probe;
  for (const auto &[Key, Value] : Found)
    if (llvm::Error E = Probe.set(Key, Value))
      return configError(FileName, llvm::toString(std::move(E)));
  for (auto &[Key, Value] : Found)
    Values[Key] = Value;
  return llvm::Error::success();
}

llvm::Expected<std::map<std::string, std::string>> TidyConfig::valuesIn(llvm::StringRef Directory) {
  auto It = Cache.find(Directory.str());
  if (It != Cache.end())
    return It->second ? *It->second : std::map<std::string, std::string>();
  std::map<std::string, std::string> Values;
  llvm::SmallString<256> Candidate(Directory);
  llvm::sys::path::append(Candidate, ".clang-tidy");
  llvm::StringRef Parent = llvm::sys::path::parent_path(Directory);
  bool Inherit = true; // No file here: what applies is the parent's.
  if (llvm::sys::fs::is_regular_file(Candidate)) {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
        llvm::MemoryBuffer::getFile(Candidate);
    if (!Buffer)
      return configError(Candidate, "cannot read: " + Buffer.getError().message());
    std::map<std::string, std::string> Own;
    if (llvm::Error E = parseTidyConfig((*Buffer)->getBuffer(), Candidate, Own, Inherit))
      return std::move(E);
    Values = std::move(Own);
  }
  if (Inherit && !Parent.empty() && Parent != Directory) {
    llvm::Expected<std::map<std::string, std::string>> Inherited = valuesIn(Parent);
    if (!Inherited)
      return Inherited.takeError();
    // The nearer file wins.
    for (const auto &[Key, Value] : *Inherited)
      Values.emplace(Key, Value);
  }
  Cache[Directory.str()] = Values;
  return Values;
}

llvm::Expected<Options>
TidyConfig::optionsFor(llvm::StringRef File, const std::map<std::string, std::string> &Overrides) {
  llvm::SmallString<256> Absolute(File);
  llvm::sys::fs::make_absolute(Absolute);
  llvm::sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
  llvm::Expected<std::map<std::string, std::string>> Values =
      valuesIn(llvm::sys::path::parent_path(Absolute));
  if (!Values)
    return Values.takeError();
  for (const auto &[Key, Value] : Overrides)
    (*Values)[Key] = Value;
  Options Result;
  for (const auto &[Key, Value] : *Values)
    if (llvm::Error E = Result.set(Key, Value))
      return std::move(E);
  return Result;
}

} // namespace serialscope
