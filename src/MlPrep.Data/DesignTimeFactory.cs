using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MlPrep.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the web host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MlPrepDbContext>
{
    public MlPrepDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MlPrepDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
