package kg.gephi;

import java.io.File;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.DirectedGraph;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.graph.api.types.TimestampSet;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.EdgeDirectionDefault;
import org.gephi.io.importer.api.EdgeMergeStrategy;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.importer.api.Report;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Imports a GEXF file with the Gephi Toolkit, as Gephi's "Open" does (directed, parallel edges not merged, no
 * auto-scaling), and prints what Gephi holds as one JSON object: the import report's issues, the column types,
 * every node (label, position, size, colour, number of timestamps) and every edge (source, target, predicate, weight).
 */
public final class GephiRead {
  private GephiRead() {}

  public static void main(String[] args) throws Exception {
    ProjectController pc = Lookup.getDefault().lookup(ProjectController.class);
    pc.newProject();
    Workspace ws = pc.getCurrentWorkspace();
    ImportController ic = Lookup.getDefault().lookup(ImportController.class);
    Container c = ic.importFile(new File(args[0]));
    c.getLoader().setEdgeDefault(EdgeDirectionDefault.DIRECTED);
    c.getLoader().setEdgesMergeStrategy(EdgeMergeStrategy.NO_MERGE);
    c.getLoader().setAutoScale(false);
    Report report = c.getReport();
    ic.process(c, new DefaultProcessor(), ws);
    GraphModel gm = Lookup.getDefault().lookup(GraphController.class).getGraphModel(ws);
    DirectedGraph g = gm.getDirectedGraph();

    List<String> issues = new ArrayList<>();
    for (Iterator<Issue> it = report.getIssues(10_000); it.hasNext(); ) {
      Issue i = it.next();
      issues.add(q(i.getLevel() + ": " + i.getMessage()));
    }
    List<String> columns = new ArrayList<>();
    for (Column col : gm.getNodeTable()) columns.add(q("node." + col.getTitle()) + ":" + q(col.getTypeClass().getSimpleName()));
    for (Column col : gm.getEdgeTable()) columns.add(q("edge." + col.getTitle()) + ":" + q(col.getTypeClass().getSimpleName()));
    Column timeColumn = null;
    for (Column col : gm.getNodeTable()) if (col.getTypeClass() == TimestampSet.class) timeColumn = col;
    List<String> nodes = new ArrayList<>();
    for (Node n : g.getNodes()) {
      Object aliases = n.getAttribute("aliases");
      nodes.add(q(String.valueOf(n.getId())) + ":{\"label\":" + q(n.getLabel()) + ",\"x\":" + n.x() + ",\"y\":" + n.y() + ",\"size\":" + n.size()
          + ",\"rgb\":[" + n.getColor().getRed() + "," + n.getColor().getGreen() + "," + n.getColor().getBlue() + "]"
          + ",\"aliases\":" + (aliases instanceof String[] ? list((String[]) aliases) : "null")
          + ",\"timestamps\":" + (timeColumn == null || n.getAttribute(timeColumn) == null ? 0 : ((TimestampSet) n.getAttribute(timeColumn)).size()) + "}");
    }
    List<String> edges = new ArrayList<>();
    for (Edge e : g.getEdges()) edges.add("[" + q(String.valueOf(e.getSource().getId())) + "," + q(String.valueOf(e.getTarget().getId())) + "," + q(String.valueOf(e.getAttribute("predicate"))) + "," + e.getWeight() + "]");
    System.out.println("{\"issues\":[" + String.join(",", issues) + "],\"columns\":{" + String.join(",", columns) + "},\"nodes\":{" + String.join(",", nodes) + "},\"edges\":[" + String.join(",", edges) + "]}");
    System.exit(0);
  }

  private static String list(String[] xs) {
    List<String> out = new ArrayList<>();
    for (String x : xs) out.add(q(x));
    return "[" + String.join(",", out) + "]";
  }

  private static String q(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      if (ch == '"' || ch == '\\') b.append('\\').append(ch);
      else if (ch < 0x20) b.append(String.format("\\u%04x", (int) ch));
      else b.append(ch);
    }
    return b.append('"').toString();
  }
}
