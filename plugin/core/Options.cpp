//===- Options.cpp --------------------------------------------------------===//
#include "Options.h"
#include "Framework.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

namespace serialscope {
namespace {

/// The names option `Frameworks` takes, in registry order.
std::vector<std::string> frameworkNames() {
  std::vector<std::string> Names;
  for (const Framework *F : frameworks())
    if (!F->OptionName.empty())
      Names.push_back(F->OptionName.str());
  return Names;
}

std::vector<std::string> splitList(llvm::StringRef Value) {
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Value.split(Parts, ';', -1, /*KeepEmpty=*/false);
  std::vector<std::string> Result;
  for (llvm::StringRef Part : Parts) {
    Part = Part.trim();
    // A leading "::" is how users write a fully qualified name; stored names have none.
    Part.consume_front("::");
    if (!Part.empty())
      Result.push_back(Part.str());
  }
  return Result;
}

std::string joinList(const std::vector<std::string> &List) {
  return llvm::join(List, ";");
}

llvm::Error badValue(llvm::StringRef Key, llvm::StringRef Value, llvm::StringRef Expected) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "invalid value '%s' for option '%s': expected %s",
                                 Value.str().c_str(), Key.str().c_str(),
                                 Expected.str().c_str());
}

llvm::Error parseBool(llvm::StringRef Key, llvm::StringRef Value, bool &Out) {
  std::string Lower = Value.trim().lower();
  if (Lower == "true" || Lower == "1" || Lower == "on") {
    Out = true;
    return llvm::Error::success();
  }
  if (Lower == "false" || Lower == "0" || Lower == "off") {
    Out = false;
    return llvm::Error::success();
  }
  return badValue(Key, Value, "true or false");
}

bool isQualifiedName(llvm::StringRef Name) {
  if (Name.empty())
    return false;
  for (llvm::StringRef Part : llvm::split(Name, "::"))
    if (Part.empty() || !llvm::all_of(Part, [](char C) { return llvm::isAlnum(C) || C == '_'; }))
      return false;
  return true;
}

llvm::Error parseNameList(llvm::StringRef Key, llvm::StringRef Value,
                          std::vector<std::string> &Out) {
  std::vector<std::string> Names = splitList(Value);
  for (const std::string &Name : Names)
    if (!isQualifiedName(Name))
      return badValue(Key, Value, "a ';'-separated list of qualified names such as 'app::Base'");
  Out = std::move(Names);
  return llvm::Error::success();
}

} // namespace

const std::vector<llvm::StringRef> &Options::keys() {
  static const std::vector<llvm::StringRef> Keys = {
      "SerializableBases",      "Annotation", "RegistrationFunctions",
      "SerializationFunctions", "Frameworks", "ReportAnonymousNamespaces",
      "ReportUnnamed"};
  return Keys;
}

llvm::Error Options::set(llvm::StringRef Key, llvm::StringRef Value) {
  if (Key == "SerializableBases")
    return parseNameList(Key, Value, SerializableBases);
  if (Key == "RegistrationFunctions")
    return parseNameList(Key, Value, RegistrationFunctions);
  if (Key == "SerializationFunctions")
    return parseNameList(Key, Value, SerializationFunctions);
  if (Key == "Annotation") {
    if (Value.trim().empty())
      return badValue(Key, Value, "a non-empty annotation string");
    Annotation = Value.trim().str();
    return llvm::Error::success();
  }
  if (Key == "Frameworks") {
    std::vector<std::string> Known = frameworkNames();
    std::set<std::string> Off(Known.begin(), Known.end());
    for (const std::string &Name : splitList(Value)) {
      auto It = llvm::find_if(Known, [&](const std::string &Entry) {
        return llvm::StringRef(Name).equals_insensitive(Entry);
      });
      if (It == Known.end())
        return badValue(Key, Value, "a ';'-separated subset of " + joinList(Known));
      Off.erase(*It);
    }
    FrameworksOff = std::move(Off);
    return llvm::Error::success();
  }
  if (Key == "ReportAnonymousNamespaces")
    return parseBool(Key, Value, ReportAnonymousNamespaces);
  if (Key == "ReportUnnamed")
    return parseBool(Key, Value, ReportUnnamed);
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "unknown option '%s'; known options: %s", Key.str().c_str(),
                                 llvm::join(keys(), ", ").c_str());
}

llvm::Error Options::setAll(const std::map<std::string, std::string> &Values) {
  for (const auto &[Key, Value] : Values)
    if (llvm::Error E = set(Key, Value))
      return E;
  return llvm::Error::success();
}

std::string Options::get(llvm::StringRef Key) const {
  if (Key == "SerializableBases")
    return joinList(SerializableBases);
  if (Key == "RegistrationFunctions")
    return joinList(RegistrationFunctions);
  if (Key == "SerializationFunctions")
    return joinList(SerializationFunctions);
  if (Key == "Annotation")
    return Annotation;
  if (Key == "Frameworks") {
    std::vector<std::string> On;
    for (std::string &Name : frameworkNames())
      if (!FrameworksOff.count(Name))
        On.push_back(std::move(Name));
    return joinList(On);
  }
  if (Key == "ReportAnonymousNamespaces")
    return ReportAnonymousNamespaces ? "true" : "false";
  if (Key == "ReportUnnamed")
    return ReportUnnamed ? "true" : "false";
  return {};
}

} // namespace serialscope
