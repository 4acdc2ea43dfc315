using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HuangshigangDisclosure.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class PolicyIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Publications_NeedsInterpretation_PublishedOn",
                table: "Publications",
                columns: new[] { "NeedsInterpretation", "PublishedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Publications_NeedsInterpretation_PublishedOn",
                table: "Publications");
        }
    }
}
