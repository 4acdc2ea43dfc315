using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HuangshigangDisclosure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LinkedIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Publications_Linked",
                table: "Publications",
                columns: new[] { "PublishedOn", "UnitId", "DirectoryEntryId", "Status", "Channel" },
                filter: "\"DirectoryEntryId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Publications_Linked",
                table: "Publications");
        }
    }
}
