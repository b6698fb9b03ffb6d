import Foundation
import PlanAlignCLI

exit(Tool.run(CommandLine.arguments))
