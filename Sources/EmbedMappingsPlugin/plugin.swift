import PackagePlugin

/// Builds the shipped `mappings/` (lexicon, indicator aliases and target words) into PlanAlignKit as
/// generated source: `mappings/` stays the one source of truth, and an installed binary
/// carries its domain knowledge from any working directory.
@main
struct EmbedMappings: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let mappings = context.package.directoryURL.appending(path: "mappings")
        let files = [("lexicon", "lexicon.json"), ("indicators", "indicators.json"), ("targets", "targets.json")]
        let inputs = files.map { mappings.appending(path: $0.1) }
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInMappings.swift")
        return [
            .buildCommand(
                displayName: "Embedding mappings/ into \(target.name)",
                executable: try context.tool(named: "MappingsEmbedder").url,
                arguments: [output.path()] + zip(files, inputs).map { "\($0.0.0)=\($0.1.path())" },
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
