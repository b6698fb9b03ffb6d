import Foundation
import PlanAlignCLI

exit(await Tool.run(CommandLine.arguments))
